package dev.clapboard.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for manual costs on the campaign report: missing, zero, negative and absurdly large
 * amounts are named at the amount field and book nothing (the ledger keeps amounts in numeric(19, 2)).
 */
class ManualCostCorpusTest extends KaribuTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    long campaignId;

    @BeforeEach
    void aCampaignReport() {
        signIn(DemoLogins.MANAGER);
        campaignId = campaigns.newBoard("Manual cost corpus").campaign().id();
        UI.getCurrent().navigate(CampaignReportView.path(campaignId));
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from ledger_entry where campaign_id = ?", campaignId);
        campaigns.removeTestCampaigns();
    }

    static Stream<Arguments> refused() {
        var above = "Enter an amount above zero.";
        return Stream.of(
                Arguments.of("no amount", null, above),
                Arguments.of("zero", "0", above),
                Arguments.of("minus one cent", "-0.01", above),
                Arguments.of("minus a million", "-1000000", above),
                Arguments.of("a cent over ten million", "10000000.01", CostLedger.MANUAL_AMOUNT_RANGE),
                Arguments.of("10^20 euros", "1E+20", CostLedger.MANUAL_AMOUNT_RANGE),
                Arguments.of("a googol euros", "1E+100", CostLedger.MANUAL_AMOUNT_RANGE));
    }

    @ParameterizedTest(name = "{0} is named at the amount field and books nothing")
    @MethodSource("refused")
    void a_bad_amount_is_named_at_the_field_and_books_nothing(String what, @Nullable String amount, String message) {
        var form = Objects.requireNonNull(_get(CampaignReportView.class).costs);

        _setValue(form.amount, amount == null ? null : new BigDecimal(amount));
        _setValue(form.note, "<script>alert(1)</script>");
        _click(form.add);

        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.amount.getErrorMessage()).isEqualTo(message);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where campaign_id = ?", Long.class,
                campaignId)).isZero();
    }
}
