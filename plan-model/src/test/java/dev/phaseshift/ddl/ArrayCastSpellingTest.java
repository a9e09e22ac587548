package dev.phaseshift.ddl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrayCastSpellingTest {

    @Test
    void aCastArrayOfVarcharLiteralsKeepsTheCastOnTheArray() {
        String printed = "((status)::text = ANY ((ARRAY['new'::character varying, 'it''s, ok'::character varying])"
                + "::text[]))";

        assertThat(ArrayCastSpelling.reparseable(printed)).isEqualTo("((status)::text = ANY (ARRAY['new'::character "
                + "varying, 'it''s, ok'::character varying]::character varying[]::text[]))");
    }

    @Test
    void everyOccurrenceIsRewrittenAndOtherArraysAreLeftAlone() {
        String printed = "(a)::text = ANY ((ARRAY['x'::character varying])::text[]) AND b = ANY (ARRAY[1, 2]) "
                + "AND (c)::text = ANY ((ARRAY['y'::bpchar, 'z'::character varying])::text[]) "
                + "AND (d)::text = ANY ((ARRAY['w'::bpchar])::text[])";

        assertThat(ArrayCastSpelling.reparseable(printed)).isEqualTo(
                "(a)::text = ANY (ARRAY['x'::character varying]::character varying[]::text[]) AND b = ANY (ARRAY[1, 2]) "
                        + "AND (c)::text = ANY ((ARRAY['y'::bpchar, 'z'::character varying])::text[]) "
                        + "AND (d)::text = ANY (ARRAY['w'::bpchar]::bpchar[]::text[])");
    }

    @Test
    void thePrettyPrintedSpellingOfIndexPredicatesToo() {
        String printed = "status::text = ANY (ARRAY['pending'::character varying, 'paid'::character varying]::text[])";

        assertThat(ArrayCastSpelling.reparseable(printed)).isEqualTo("status::text = ANY (ARRAY['pending'::character "
                + "varying, 'paid'::character varying]::character varying[]::text[])");
    }

    @Test
    void rewrittenTextStaysAsItIs() {
        String once = ArrayCastSpelling.reparseable("(s)::text = ANY ((ARRAY['a'::character varying])::text[])");

        assertThat(ArrayCastSpelling.reparseable(once)).isEqualTo(once);
    }

    @Test
    void textWithoutArraysIsUnchanged() {
        assertThat(ArrayCastSpelling.reparseable("(amount > (0)::numeric)")).isEqualTo("(amount > (0)::numeric)");
        assertThat(ArrayCastSpelling.reparseable(null)).isNull();
    }
}
