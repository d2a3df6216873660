package io.stepline.connector.collect.fake;

/**
 * Runs the three example APIs' fakes on their demo ports (ads 18081, crm 18082, currency 18083)
 * until the process is stopped: what pipelines/api-collation/demo starts beside the pipeline.
 */
public final class FakeApisMain {
    private FakeApisMain() {
    }

    public static void main(String[] args) throws Exception {
        try (AdsApi ads = new AdsApi(18081, 600); CrmApi crm = new CrmApi(18082, 1500);
                CurrencyApi currency = new CurrencyApi(18083, 800)) {
            System.out.println("fake APIs: ads " + ads.baseUrl() + ", crm " + crm.baseUrl() + ", currency " + currency.baseUrl());
            Thread.currentThread().join();
        }
    }
}
