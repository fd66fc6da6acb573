import type { ApolloServerOptions, ApolloServerOptionsWithSchema, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { boundedDocumentStore } from '../limits/document-store';
import type { Logger } from 'pino';
import { createCompiledGateway, type CompiledGateway, type CompiledGatewayOptions } from './compiled-gateway';
import type { ExecutorKind } from '../config/request-settings';

/**
 * Apollo marks its built-in plugins with an internal id, the same for its
 * cache-control plugin and for ApolloServerPluginCacheControlDisabled; when
 * the caller already chose either (src/cache/cache-control-plugin.ts installs
 * the disabled one), that choice stands.
 */
function isCacheControlPlugin(plugin: ApolloServerPlugin<never>): boolean {
  return (plugin as { __internal_plugin_id__?: string }).__internal_plugin_id__ === 'CacheControl';
}

/**
 * Applies the execution settings to Apollo Server options built with a schema
 * (and hands back the compiled gateway, when there is one):
 *
 * - `jit`: the schema is served through createCompiledGateway (compiled
 *   execution); `graphql-js`: unchanged.
 * - Either way, Apollo's default cache-control plugin is turned off unless
 *   the caller passed a cache-control plugin (enabled or disabled): its `willResolveField`
 *   hook makes Apollo wrap every resolver of the schema and run a hook per
 *   field (1.5× the throughput without it). Cache policy is not computed
 *   per field here; Apollo then sends no Cache-Control header of its own.
 * - Parsed documents are kept in a store that counts their source text
 *   (boundedDocumentStore), unless the caller gave one.
 */
export function withExecution<TContext extends BaseContext>(
  config: ApolloServerOptionsWithSchema<TContext>,
  kind: ExecutorKind,
  logger: Logger,
  compiledOptions: Omit<CompiledGatewayOptions, 'logger'> = {},
): { options: ApolloServerOptions<TContext>; compiled: CompiledGateway | null } {
  const plugins = config.plugins ?? [];
  const fastPlugins = plugins.some(isCacheControlPlugin) ? plugins : [...plugins, ApolloServerPluginCacheControlDisabled()];
  const documentStore = config.documentStore === undefined ? boundedDocumentStore() : config.documentStore;
  if (kind === 'graphql-js') return { options: { ...config, plugins: fastPlugins, documentStore }, compiled: null };
  const { schema, ...rest } = config;
  const compiled = createCompiledGateway(schema, { ...compiledOptions, logger });
  return { options: { ...rest, plugins: fastPlugins, gateway: compiled, documentStore }, compiled };
}
