#!/usr/bin/env node
'use strict';
// Exits as soon as the code is known (main resolves once the output is out): see src/main.ts.
require('../dist/plan.cjs').main(process.argv).then((code) => process.exit(code));
