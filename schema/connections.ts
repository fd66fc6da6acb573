import { ObjectType } from 'type-graphql';
import { Article } from './article.type';
import { Connection } from './connection';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Quote } from './quote.type';

@ObjectType({ simpleResolvers: true })
export class ArticleConnection extends Connection('Article', Article) {}

@ObjectType({ simpleResolvers: true })
export class PersonConnection extends Connection('Person', Person) {}

@ObjectType({ simpleResolvers: true })
export class OrganizationConnection extends Connection('Organization', Organization) {}

@ObjectType({ simpleResolvers: true })
export class QuoteConnection extends Connection('Quote', Quote) {}
