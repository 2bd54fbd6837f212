import { TODOS_ICS } from "@/lib/api/todo-calendar";
import { exportRoute } from "../handler";

export const dynamic = "force-dynamic";

export const GET = exportRoute(TODOS_ICS);
