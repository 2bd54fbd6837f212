import "server-only";
import { v1Route } from "../route";
import type { EndpointName } from "./contract";
import { HANDLERS } from "./handlers";

/** The route handler of one endpoint: what each route.ts under app/api/v1 exports. */
export const v1 = <K extends EndpointName>(name: K) => v1Route(name, HANDLERS[name]);
