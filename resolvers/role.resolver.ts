import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../schema/organization.type';
import { Role } from '../schema/role.type';
import type { RequestContext } from '../src/context/request-context';
import type { RoleRecord } from '../src/records/entity-records';
import type { OrganizationNode } from './entity-node';
import { loadEntity } from './entity-loading';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() role: RoleRecord, @Ctx() ctx: RequestContext): OrganizationNode | null | Promise<OrganizationNode | null> {
    return role.organizationId === null ? null : loadEntity(ctx, role.organizationId, 'organization');
  }
}
