import { apiRoute } from "@/lib/api/route-handler";
import { listExchangeRates } from "@/lib/api/operations/exchange-rates";

export const GET = apiRoute(listExchangeRates);
