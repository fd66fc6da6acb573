import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printGatewaySchema } from '../graphql/gateway-schema';

/** `npm run schema`: writes schema/schema.graphql from the type-graphql classes. */
const target = resolve(__dirname, '../../../schema/schema.graphql');
writeFileSync(target, printGatewaySchema());
process.stdout.write(`wrote ${target}\n`);
