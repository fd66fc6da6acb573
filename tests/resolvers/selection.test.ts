import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { articleRelations } from '../../resolvers/selection';

/** The resolve info of the operation's first root field, as far as articleRelations reads it. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  // Only fieldNodes and fragments are read; the rest of the info is not needed here.
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('articleRelations: what a page of articles is asked for below its nodes', () => {
  it('reads nodes and edges, through named and inline fragments', () => {
    expect(
      articleRelations(
        infoOf(`{ articles { edges { node { ...Story } } } }
          fragment Story on Article { ... on Article { organizations { name } } quotes { ...Said } }
          fragment Said on Quote { speaker { name } source { __typename } }`),
      ),
    ).toEqual({ people: false, organizations: true, mentions: false, mentionEntities: false, quotes: true, speakers: true, sources: true });
    expect(articleRelations(infoOf('{ articles { nodes { people { name } mentions { entity { __typename } } } } }'))).toEqual({
      people: true,
      organizations: false,
      mentions: true,
      mentionEntities: true,
      quotes: false,
      speakers: false,
      sources: false,
    });
  });

  it('asks for nothing below a page of headlines, and ignores fields of the same name elsewhere', () => {
    expect(articleRelations(infoOf('{ articles { totalCount nodes { headline } pageInfo { hasNextPage } } }'))).toEqual({
      people: false,
      organizations: false,
      mentions: false,
      mentionEntities: false,
      quotes: false,
      speakers: false,
      sources: false,
    });
    // `speaker` outside `quotes`, `people` outside the nodes: not the page's relations.
    expect(articleRelations(infoOf('{ articles { nodes { quotes { text } } people: totalCount } }'))).toMatchObject({ quotes: true, speakers: false, people: false });
  });
});
