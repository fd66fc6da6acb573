import { registerEnumType } from 'type-graphql';
import { ORGANIZATION_KINDS, type OrganizationKind as Kind } from '../src/records/entity-records';

/** The GraphQL enum mirrors the entity service's kinds one to one. */
export const OrganizationKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as { [K in Kind]: K };

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What sort of body an organization is.',
});
