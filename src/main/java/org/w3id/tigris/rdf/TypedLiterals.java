package org.w3id.tigris.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.tigris.time.DateValue;

/**
 * The literals of a document graph, each with the XSD datatype the ontology gives its
 * property: offsets, counts, confidences and dates to the precision the text gives.
 */
final class TypedLiterals {
    private TypedLiterals() {
    }

    /** A character offset ({@code nif:beginIndex}, {@code nif:endIndex}). */
    static Literal offset(int codePoints) {
        return ResourceFactory.createTypedLiteral(Integer.toString(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A count of people ({@code tg:killed}, {@code tg:injured}). */
    static Literal integer(int value) {
        return ResourceFactory.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    /** A confidence, clamped to [0, 1] and written with three decimals, so that equal scores compare equal. */
    static Literal confidence(double value) {
        double clamped = Math.max(0.0, Math.min(1.0, value));
        BigDecimal d = BigDecimal.valueOf(clamped).setScale(3, RoundingMode.HALF_UP);
        return ResourceFactory.createTypedLiteral(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Literal date(LocalDate date) {
        return ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    /** A date as precise as the text: a day, a month ({@code xsd:gYearMonth}) or a year. */
    static Literal date(DateValue date) {
        RDFDatatype type = switch (date.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(date.lexical(), type);
    }
}
