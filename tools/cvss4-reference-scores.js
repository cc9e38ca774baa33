// Regenerates the CVSS v4.0 test data of rules-builtin from FIRST's calculator:
//   git clone https://github.com/RedHatProductSecurity/cvss-v4-calculator
//   node tools/cvss4-reference-scores.js cvss-v4-calculator/cvss40.js "$(git -C cvss-v4-calculator rev-parse HEAD)"
// writes cvss4-macrovectors.tsv (the MacroVector table, main resources) and
// cvss4-reference-scores.tsv (3,000 seeded random base vectors and their scores, test resources).
const path = require('path');
const fs = require('fs');
const { CVSS40 } = require(path.resolve(process.argv[2]));
const root = path.join(__dirname, '..', 'rules-builtin', 'src');
const pkg = path.join('io', 'pkgguard', 'rules', 'vulnerabilities');
const source = 'RedHatProductSecurity/cvss-v4-calculator cvss40.js'
  + (process.argv[3] ? ', commit ' + process.argv[3] : '');

const table = Object.entries(CVSS40.LOOKUP_TABLE).map(([macro, score]) => macro + '\t' + score);
fs.writeFileSync(path.join(root, 'main', 'resources', pkg, 'cvss4-macrovectors.tsv'),
  '# CVSS v4.0 MacroVector scores: EQ1..EQ6 digits, score of the highest-severity vector.\n'
  + '# Source: the lookup table of the FIRST CVSS v4.0 calculator (FIRST.ORG and Red Hat,\n'
  + '# ' + source + ', BSD-2-Clause), which the CVSS v4.0 specification (section 8)\n'
  + '# describes. ' + table.length + ' rows.\n' + table.join('\n') + '\n');

const metrics = {AV: 'NALP', AC: 'LH', AT: 'NP', PR: 'NLH', UI: 'NPA', VC: 'NLH', VI: 'NLH',
  VA: 'NLH', SC: 'NLH', SI: 'NLH', SA: 'NLH'};
let seed = 20261127;
const next = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % n; };
const rows = [];
const seen = new Set();
while (rows.length < 3000) {
  const vector = 'CVSS:4.0/' + Object.entries(metrics)
    .map(([k, values]) => k + ':' + values[next(values.length)]).join('/');
  if (!seen.has(vector)) {
    seen.add(vector);
    rows.push(vector + '\t' + new CVSS40(vector).score.toFixed(1));
  }
}
fs.writeFileSync(path.join(root, 'test', 'resources', pkg, 'cvss4-reference-scores.tsv'),
  '# CVSS v4.0 base vectors (pseudo-random, seeded) and the score the FIRST calculator gives them:\n'
  + '# ' + source + ', run by tools/cvss4-reference-scores.js. ' + rows.length + ' rows.\n'
  + rows.join('\n') + '\n');
console.log('wrote ' + table.length + ' MacroVectors and ' + rows.length + ' reference scores');
