package org.w3id.tigris.time;

/**
 * A calendar date at the precision the text gives.
 *
 * @param lexical   {@code 2024-02-07}, {@code 2024-02} or {@code 2024}
 * @param precision which XSD type it is written as
 */
public record DateValue(String lexical, Precision precision) {
    public enum Precision {
        DAY("date"), MONTH("gYearMonth"), YEAR("gYear");

        private final String xsdLocalName;

        Precision(String xsdLocalName) {
            this.xsdLocalName = xsdLocalName;
        }

        /** The XSD datatype's local name: {@code date}, {@code gYearMonth}, {@code gYear}. */
        public String xsdLocalName() {
            return xsdLocalName;
        }
    }
}
