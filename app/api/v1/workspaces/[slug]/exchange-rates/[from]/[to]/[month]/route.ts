import { apiRoute } from "@/lib/api/route-handler";
import { putExchangeRate } from "@/lib/api/operations/exchange-rates";

export const PUT = apiRoute(putExchangeRate);
