package org.w3id.tigris.web;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One solution of a SELECT query, copied out of its transaction so that it can be used
 * after the transaction ends (TDB2 bindings resolve their nodes lazily).
 */
record Row(Map<String, RDFNode> values) {

    Optional<RDFNode> node(String var) {
        return Optional.ofNullable(values.get(var));
    }

    Optional<String> iri(String var) {
        return node(var).filter(RDFNode::isURIResource).map(n -> n.asResource().getURI());
    }

    /** A literal's lexical form, or an IRI as a string. */
    Optional<String> text(String var) {
        return node(var).map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? n.asResource().getURI() : n.toString());
    }

    OptionalLong integer(String var) {
        Optional<Literal> literal = node(var).filter(RDFNode::isLiteral).map(RDFNode::asLiteral);
        if (literal.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(literal.get().getLexicalForm().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
