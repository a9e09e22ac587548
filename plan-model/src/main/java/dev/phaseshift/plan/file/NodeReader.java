package dev.phaseshift.plan.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.phaseshift.estate.SourceLocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML or JSON text into {@link Node}s with locations; duplicate keys are format errors. */
final class NodeReader {
    private static final int MAX_DEPTH = 64;
    private final String origin;

    NodeReader(String origin) {
        this.origin = origin;
    }

    /** Thrown for text that is not well-formed YAML/JSON; carries the location. */
    static final class SyntaxError extends Exception {
        final SourceLocation location;

        SyntaxError(String message, SourceLocation location) {
            super(message);
            this.location = location;
        }
    }

    Node read(String text, boolean json) throws SyntaxError {
        JsonFactory factory = json ? new JsonFactory() : YAMLFactory.builder()
                .loaderOptions(loaderOptions()).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(1_000_000).build());
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new SyntaxError("the file is empty", SourceLocation.of(origin, 1, 1));
            }
            Node node = value(parser, token, 0);
            if (parser.nextToken() != null) {
                throw new SyntaxError("more than one document in the file", location(parser.currentTokenLocation()));
            }
            return node;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
            int cut = message.indexOf('\n');
            message = (cut < 0 ? message : message.substring(0, cut)).strip();
            throw new SyntaxError("not well-formed " + (json ? "json" : "yaml") + ": " + lowerFirst(message),
                    location(e.getLocation()));
        } catch (IOException e) {
            throw new SyntaxError("cannot read: " + e.getMessage(), SourceLocation.of(origin, 0, 0));
        } catch (RuntimeException e) {
            // the YAML library signals some malformed input (bad anchors, odd aliases) with unchecked exceptions
            throw new SyntaxError("not well-formed yaml: " + lowerFirst(String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("unreadable")), SourceLocation.of(origin, 0, 0));
        }
    }

    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(5_000_000);
        return options;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private SourceLocation location(JsonLocation l) {
        if (l == null) {
            return SourceLocation.of(origin, 0, 0);
        }
        return SourceLocation.of(origin, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private Node value(JsonParser p, JsonToken token, int depth) throws IOException, SyntaxError {
        SourceLocation at = location(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new SyntaxError("nested too deeply", at);
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, SourceLocation> keys = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    if (t != JsonToken.FIELD_NAME) {
                        throw new SyntaxError("expected a key", location(p.currentTokenLocation()));
                    }
                    String key = p.currentName();
                    SourceLocation keyAt = location(p.currentTokenLocation());
                    if (fields.containsKey(key)) {
                        throw new SyntaxError("duplicate key \"" + key + "\"", keyAt);
                    }
                    Node v = value(p, p.nextToken(), depth + 1);
                    fields.put(key, v);
                    keys.put(key, keyAt);
                }
                return new Node(Node.Kind.MAP, null, fields, keys, List.of(), at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(value(p, t, depth + 1));
                }
                return new Node(Node.Kind.LIST, null, Map.of(), Map.of(), items, at);
            }
            case VALUE_STRING:
                return scalar(Node.Kind.TEXT, p.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return scalar(Node.Kind.NUMBER, p.getText(), at);
            case VALUE_TRUE:
                return scalar(Node.Kind.BOOLEAN, Boolean.TRUE, at);
            case VALUE_FALSE:
                return scalar(Node.Kind.BOOLEAN, Boolean.FALSE, at);
            case VALUE_NULL:
                return scalar(Node.Kind.NULL, null, at);
            default:
                throw new SyntaxError("unexpected " + token.asString(), at);
        }
    }

    private static Node scalar(Node.Kind kind, Object value, SourceLocation at) {
        return new Node(kind, value, Map.of(), Map.of(), List.of(), at);
    }
}
