package dev.phaseshift.ddl;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Qualifiers in statements as users wrote them: quoted or not, and never inside strings, comments or columns. */
class SchemaMappingTest {
    private static final SchemaMapping COPY = SchemaMapping.of("shop", "shop_copy");

    @Test
    void rewritesBareAndBackQuotedQualifiersOfTheMappedDatabase() {
        assertThat(COPY.requalifyWritten("INSERT INTO shop.audit SELECT * FROM `shop`.`orders`, shop . x"))
                .isEqualTo("INSERT INTO shop_copy.audit SELECT * FROM `shop_copy`.`orders`, shop . x");
    }

    @Test
    void leavesStringsCommentsColumnsAndOtherDatabasesAlone() {
        String text = "SET NEW.note = 'shop.orders', NEW.x = \"shop.a\" -- shop.b\n"
                + "/* shop.c */ # shop.d\n, NEW.y = orders.shop.z, NEW.w = shopping.t.a, NEW.v = 'it\\'s shop.e'";
        assertThat(COPY.requalifyWritten(text)).isEqualTo(text);
    }

    @Test
    void quotesATargetThatIsNoPlainName() {
        SchemaMapping odd = new SchemaMapping(Map.of("shop", "shop copy", "a`b", "c"));
        assertThat(odd.requalifyWritten("SELECT shop.t.id FROM shop.t JOIN `a``b`.u"))
                .isEqualTo("SELECT `shop copy`.t.id FROM `shop copy`.t JOIN `c`.u");
    }

    @Test
    void changesNothingWithoutMappedDatabases() {
        assertThat(SchemaMapping.IDENTITY.requalifyWritten("SELECT shop.t")).isEqualTo("SELECT shop.t");
    }
}
