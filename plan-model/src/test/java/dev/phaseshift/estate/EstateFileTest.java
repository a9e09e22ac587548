package dev.phaseshift.estate;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstateFileTest {
    private static EstateDefinition read(String yaml) throws EstateFormatException {
        return EstateFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "phaseshift.yaml");
    }

    @Test
    void theDemoEstateHasSevenServicesOnBothEngines() {
        Estate estate = DemoEstate.load();
        assertThat(estate.services()).extracting(ServiceDefinition::name).containsExactly(
                "customers", "catalog", "orders", "billing", "inventory", "shipping", "notifications");
        assertThat(estate.services()).filteredOn(s -> s.engine() == Engine.MYSQL).hasSizeGreaterThanOrEqualTo(2);
        assertThat(estate.services()).allSatisfy(s -> assertThat(s.password()).startsWith("${env:"));
    }

    @Test
    void aLiteralPasswordIsRejectedWithItsLineAndTheWayToReferenceIt() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engine: postgresql
                  - name: billing
                    engine: postgresql
                    password: hunter2
                """;
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(EstateFormatException.class)
                .hasMessageStartingWith("phaseshift.yaml:6:")
                .hasMessageContaining("literal password")
                .hasMessageContaining("${env:VARIABLE}")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void duplicateServicesAreAnError() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engine: postgresql
                  - name: orders
                    engine: mysql
                """;
        assertThatThrownBy(() -> read(yaml)).hasMessage("phaseshift.yaml:6: duplicate service \"orders\"");
    }

    @Test
    void unknownKeysNameFileLineAndColumn() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engin: postgresql
                """;
        assertThatThrownBy(() -> read(yaml))
                .hasMessageStartingWith("phaseshift.yaml:5:")
                .hasMessageContaining("\"engin\"");
    }

    @Test
    void aWrongFormatIsNamed() {
        assertThatThrownBy(() -> read("format: phaseshift/estate@9\nname: x\n"))
                .hasMessageContaining("unsupported estate format \"phaseshift/estate@9\"");
    }
}
