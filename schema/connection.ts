import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** The plain shape every connection resolver returns. */
export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds a Relay connection type `${name}Connection` with its `${name}Edge`
 * for a node class. Declared once per node type in connections.ts.
 */
export function Connection<TNode extends object>(name: string, nodeClass: ClassType<TNode>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field({ description: 'Opaque position; pass it as `after` to continue.' })
    cursor!: string;

    @Field(() => nodeClass)
    node!: TNode;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeClass])
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the query, across all pages.' })
    totalCount!: number;
  }

  return ConnectionClass;
}
