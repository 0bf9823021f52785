/**
 * The options of src/options/schema.ts as the manifest describes them: the table itself,
 * evaluated, for each row's attribute and default; TypeScript for each row's documentation and
 * its property's type.
 */
import { build } from 'esbuild';
import ts from 'typescript';

const SCHEMA = 'src/options/schema.ts';

/** The schema module, bundled and evaluated in Node (its modules load without a DOM). */
async function evaluateSchema() {
  const { outputFiles } = await build({
    entryPoints: [SCHEMA],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external: ['lit', 'i18next'],
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** A type as a union of its values, aliases spelt out, in the manifest's single quotes. */
function typeText(checker, type) {
  const members = type.isUnion() ? type.types : [type];
  const texts = members.map((member) => checker.typeToString(member).replace(/"([^"]*)"/g, "'$1'"));
  if (texts.includes('true') && texts.includes('false')) texts.splice(texts.indexOf('false'), 1, 'boolean');
  // `undefined` last, as the analyzer writes optional properties.
  return texts.filter((text) => text !== 'true').sort((a, b) => Number(a === 'undefined') - Number(b === 'undefined')).join(' | ');
}

/** `{ name, attribute, type, description, default }` for each option, in the schema's order. */
export async function readOptions() {
  const { OPTIONS } = await evaluateSchema();
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram([SCHEMA], config.options);
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(SCHEMA)));
  const exported = (name) => exports.find((symbol) => symbol.name === name);
  const rows = checker.getTypeOfSymbol(exported('OPTIONS'));
  const properties = checker.getDeclaredTypeOfSymbol(exported('OptionProperties'));
  // A page without the attribute: what each row then gives, with the rows above at their defaults.
  const above = { variant: 'bar', afterEntry: 'bar', theme: 'auto' };
  return Object.entries(OPTIONS).map(([name, option]) => {
    const value = option.parse(option.attribute, undefined, () => {}, above);
    return {
      name,
      attribute: option.attribute,
      type: typeText(checker, checker.getTypeOfSymbol(properties.getProperty(name))),
      description: ts.displayPartsToString(rows.getProperty(name).getDocumentationComment(checker)),
      default: value === undefined ? undefined : JSON.stringify(value),
    };
  });
}
