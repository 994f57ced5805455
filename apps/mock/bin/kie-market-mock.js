#!/usr/bin/env node
// The command's entry point, committed so that installing the workspace can link it before any build;
// the code it runs is the build's (pnpm build writes dist/).
import "../dist/cli.js";
