import { apiRoute } from "@/lib/api/route-handler";
import { batchExchangeRates } from "@/lib/api/operations/exchange-rates";

export const POST = apiRoute(batchExchangeRates);
