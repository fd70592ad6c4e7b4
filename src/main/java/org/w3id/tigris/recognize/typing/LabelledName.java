package org.w3id.tigris.recognize.typing;

/**
 * A name whose type is known: a training or test example of the typer.
 *
 * @param name   the name, with its context when it was read in a text
 * @param type   the entity class's local name ("Person", "City" ...)
 * @param source where it came from ("actors", "geonames", "given-names", "text" ...)
 */
public record LabelledName(NameInContext name, String type, String source) {
}
