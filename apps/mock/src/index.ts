export { bundledSpecPath, type PrismServer, startPrism } from "./prism.js";
