package org.kmstray.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.settings.HostName;

class RenewalPlannerTest {
    private static final KmsEndpoint CAMPUS = new KmsEndpoint(new HostName("kms.example.edu"), 1688);

    private static LicenseSnapshot snapshot(Product... products) {
        return new LicenseSnapshot("test", Instant.parse("2025-03-01T08:00:00Z"), List.of(products));
    }

    @Nested
    class WhichProductsAreActivated {
        @Test
        void everyKmsClientIsActivatedAndTheRetailGraceLicenseIsLeftWithItsReason() {
            RenewalPlan plan = RenewalPlanner.plan(snapshot(Fixtures.retailGrace(), Fixtures.proPlus(17_000)), Optional.empty());

            assertEquals(List.of(new SkuId(Fixtures.PROPLUS_SKU)), plan.activations().orElseThrow().skuIds());
            assertEquals(1, plan.notRenewed().size());
            assertEquals(NotRenewed.Reason.GRACE, plan.notRenewed().get(0).reason());
        }

        @Test
        void aPlanWithoutKmsClientsIsEmptySoTheRenewalHasNothingToDo() {
            RenewalPlan plan = RenewalPlanner.plan(snapshot(Fixtures.retailGrace()), Optional.of(CAMPUS));

            assertTrue(plan.activations().isEmpty());
        }

        @Test
        void aKmsClientWithoutAUsableSkuIdCannotBeSelectedAndIsSaidSo() {
            Product pasted = Fixtures.proPlus(100).toBuilder().skuId("85dd8b5f").build();

            RenewalPlan plan = RenewalPlanner.plan(snapshot(pasted), Optional.empty());

            assertTrue(plan.activations().isEmpty());
            assertEquals(NotRenewed.Reason.NO_SKU_ID, plan.notRenewed().get(0).reason());
        }
    }

    @Nested
    class SettingTheKmsHost {
        @Test
        void withNoHostNamedTheProductsKeepDnsDiscovery() {
            ActivationPlan plan = RenewalPlanner.plan(snapshot(Fixtures.proPlus(100)), Optional.empty()).activations().orElseThrow();

            assertEquals(Optional.empty(), plan.activations().get(0).setEndpoint());
            assertTrue(!plan.changesKmsHost());
        }

        @Test
        void aNamedHostIsSetOnAProductThatDoesNotUseItYet() {
            ActivationPlan plan = RenewalPlanner.plan(snapshot(Fixtures.proPlus(100)), Optional.of(CAMPUS)).activations().orElseThrow();

            assertEquals(Optional.of(CAMPUS), plan.activations().get(0).setEndpoint());
            assertTrue(plan.changesKmsHost());
        }

        @ParameterizedTest(name = "product host {0} port {1} -> set again: {2}")
        @CsvSource({
                "kms.example.edu, 1688, false",
                "KMS.Example.EDU, 1688, false",
                "kms.example.edu,     , false",
                "kms.example.edu, 16886, true",
                "other.example.edu, 1688, true",
        })
        void aProductAlreadyUsingTheHostAndPortNeedsNoAdministrator(String host, Integer port, boolean setAgain) {
            Product p = Fixtures.proPlus(100).toBuilder().kmsHost(host).kmsPort(port).build();

            ActivationPlan plan = RenewalPlanner.plan(snapshot(p), Optional.of(CAMPUS)).activations().orElseThrow();

            assertEquals(setAgain, plan.changesKmsHost());
        }
    }

    @Nested
    class ReasonsForProductsLeftAlone {
        @ParameterizedTest(name = "{0} / {1} -> {2}")
        @CsvSource(delimiter = '|', value = {
                "Office 16, RETAIL channel              |              | RETAIL",
                "Office 19, RETAIL(Grace) channel       |              | GRACE",
                "Office 16, RETAIL(MAK) channel         |              | MAK",
                "Windows(R) Operating System, VOLUME_MAK channel | Volume:MAK | MAK",
                "Windows(R) Operating System, OEM_DM channel     | OEM:DM     | OEM",
                "Office 16, TIMEBASED_SUB channel       |              | SUBSCRIPTION",
                "Windows(R) Operating System, TIMEBASED_EVAL channel | Retail:TB:Eval | EVALUATION",
                "Something, SPLA channel                |              | OTHER",
        })
        void theChannelWordsTellWhoLooksAfterTheLicense(String description, String keyChannel, NotRenewed.Reason expected) {
            Product p = Product.builder().name("x").description(description).productKeyChannel(keyChannel)
                    .skuId(Fixtures.RETAIL_GRACE_SKU).build();

            assertEquals(expected, NotRenewed.reasonFor(p));
        }
    }
}
