#!/usr/bin/env node
'use strict';
require('../dist/plan.cjs').main(process.argv).then((code) => { process.exitCode = code; });
