#!/usr/bin/env node
// Validates JSON files against a JSON Schema and prints one JSON result per file:
//   {"file": "...", "valid": true|false, "errors": [{"path": "...", "message": "...", "keyword": "..."}]}
// Usage: node validate.mjs <schema.json> <file.json>...
// Exit code: 0 when every file is valid, 1 when any file is invalid, 2 on a usage or schema problem.
//
// The dialect comes from the schema's own "$schema": the Adaptive Card schemas declare draft-06,
// the Teams manifest schemas declare draft-04 (and use draft-06's "const", which ajv-draft-04 accepts).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

// The Adaptive Card schemas name themselves with draft-04's "id" although they declare draft-06,
// whose keyword is "$id"; ajv refuses "id", so the schema's own name is carried over to "$id".
function withDraft06Id(schema) {
  if (typeof schema.id !== "string" || schema.$id !== undefined) {
    return schema;
  }
  const { id, ...rest } = schema;
  return { ...rest, $id: id };
}

function createValidator(schema) {
  const declared = String(schema.$schema ?? "");
  // strict: false because the published schemas carry documentation keywords ajv does not know.
  const options = { allErrors: true, strict: false, validateFormats: true };
  let ajv;
  if (declared.includes("draft-04")) {
    ajv = new AjvDraft04(options);
  } else {
    ajv = new Ajv(options);
    if (declared.includes("draft-06")) {
      ajv.addMetaSchema(draft06MetaSchema);
    }
  }
  addFormats(ajv);
  return ajv.compile(declared.includes("draft-04") ? schema : withDraft06Id(schema));
}

function toResult(file, validate, document) {
  const valid = validate(document);
  const errors = valid
    ? []
    : validate.errors.map((e) => ({
        path: e.instancePath || "/",
        keyword: e.keyword,
        message: e.message ?? "",
        params: e.params,
      }));
  return { file, valid: Boolean(valid), errors };
}

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate.mjs <schema.json> <file.json>...");
  process.exit(2);
}

let validate;
try {
  validate = createValidator(readJson(resolve(schemaPath)));
} catch (error) {
  console.error(`cannot load schema ${schemaPath}: ${error.message}`);
  process.exit(2);
}

let allValid = true;
for (const file of files) {
  let result;
  try {
    result = toResult(file, validate, readJson(resolve(file)));
  } catch (error) {
    result = { file, valid: false, errors: [{ path: "/", keyword: "parse", message: error.message }] };
  }
  allValid &&= result.valid;
  console.log(JSON.stringify(result));
}
process.exit(allValid ? 0 : 1);
