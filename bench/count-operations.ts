import pino from 'pino';
import type { Services } from '../src/context/request-context';
import type { EntityService } from '../src/entities/entity-service';
import { createGateway } from '../src/server/gateway';
import type { ArticleStore } from '../src/store/article-store';
import { createBaselineApollo } from './baseline-server';
import type { Scenario } from './scenarios';

/** What one operation costs below GraphQL. */
export interface OperationCost {
  statements: number;
  entityRequests: number;
  errors: number;
}

interface Executes {
  executeOperation(request: { query: string; variables: Record<string, unknown>; operationName: string }): Promise<{ errors: number }>;
}

/** Runs each scenario once through `server` and reads the store's and entity service's counters around it. */
async function countEach(store: ArticleStore, entities: EntityService, scenarios: readonly Scenario[], server: Executes): Promise<Map<string, OperationCost>> {
  const costs = new Map<string, OperationCost>();
  for (const scenario of scenarios) {
    const statements = store.statementCount;
    const requests = entities.requestCount;
    const { errors } = await server.executeOperation({ query: scenario.query, variables: scenario.variables, operationName: scenario.operationName });
    costs.set(scenario.name, { statements: store.statementCount - statements, entityRequests: entities.requestCount - requests, errors });
  }
  return costs;
}

function errorCount(body: { kind: string; singleResult?: { errors?: readonly unknown[] } }): number {
  return body.kind === 'single' ? (body.singleResult?.errors?.length ?? 0) : 0;
}

/** Store statements and entity-service requests per scenario, through the gateway (with its loaders) in-process. */
export async function countGatewayOperations(store: ArticleStore, entities: EntityService, scenarios: readonly Scenario[]): Promise<Map<string, OperationCost>> {
  const services: Services = { store, entities, ingest: () => Promise.reject(new Error('read-only benchmark')) };
  const gateway = await createGateway({ services, logger: pino({ level: 'silent' }) });
  try {
    return await countEach(store, entities, scenarios, {
      executeOperation: async (request) => {
        const response = await gateway.apollo.executeOperation(request, { contextValue: gateway.contextFor() });
        return { errors: errorCount(response.body) };
      },
    });
  } finally {
    await gateway.stop();
  }
}

/** The same, through the baseline (no loaders). */
export async function countBaselineOperations(store: ArticleStore, entities: EntityService, scenarios: readonly Scenario[]): Promise<Map<string, OperationCost>> {
  const apollo = createBaselineApollo({ store, entities });
  await apollo.start();
  try {
    return await countEach(store, entities, scenarios, {
      executeOperation: async (request) => ({ errors: errorCount((await apollo.executeOperation(request)).body) }),
    });
  } finally {
    await apollo.stop();
  }
}
