package dev.phaseshift.introspect;

import dev.phaseshift.schema.ObjectName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the tables, views and columns a MySQL/MariaDB view reads, from the definition the server stores.
 * MariaDB has no {@code VIEW_TABLE_USAGE} and neither engine reports column usage, but both store views in a
 * canonical form where every relation is {@code `db`.`name`} (optionally followed by an alias) and every column
 * is {@code `alias`.`column`} or {@code `db`.`name`.`column`}; reading those references is enough.
 * Columns of derived tables and CTEs are not traced (their relations still are).
 */
final class MySqlViewReads {
    private enum Type { IDENT, WORD, DOT, OTHER }

    private record Token(Type type, String text) {
    }

    private MySqlViewReads() {
    }

    /**
     * @param definition the {@code VIEW_DEFINITION}
     * @param schemas    the databases on the server, to tell {@code `db`.`table`} from {@code `alias`.`column`}
     */
    static Map<ObjectName, TreeSet<String>> read(String definition, Set<String> schemas) {
        List<Token> tokens = tokenize(definition);
        Map<ObjectName, TreeSet<String>> reads = new LinkedHashMap<>();
        Map<String, ObjectName> aliases = new HashMap<>();
        Set<Integer> relationStarts = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (isIdent(tokens, i) && tokens.get(i + 1).type == Type.DOT && isIdent(tokens, i + 2)
                    && !(i + 3 < tokens.size() && tokens.get(i + 3).type == Type.DOT)
                    && !(i > 0 && tokens.get(i - 1).type == Type.DOT)
                    && schemas.contains(tokens.get(i).text)) {
                ObjectName relation = new ObjectName(tokens.get(i).text, tokens.get(i + 2).text);
                reads.computeIfAbsent(relation, r -> new TreeSet<>());
                relationStarts.add(i);
                aliases.putIfAbsent(relation.name(), relation);
                if (isIdent(tokens, i + 3)) {
                    aliases.put(tokens.get(i + 3).text, relation);
                }
            }
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (relationStarts.contains(i) || !isIdent(tokens, i) || tokens.get(i + 1).type != Type.DOT
                    || !isIdent(tokens, i + 2) || (i > 0 && tokens.get(i - 1).type == Type.DOT)) {
                continue;
            }
            boolean threeParts = i + 4 < tokens.size() && tokens.get(i + 3).type == Type.DOT && isIdent(tokens, i + 4);
            if (threeParts) {
                ObjectName relation = new ObjectName(tokens.get(i).text, tokens.get(i + 2).text);
                reads.computeIfAbsent(relation, r -> new TreeSet<>()).add(tokens.get(i + 4).text);
                i += 4;
            } else {
                ObjectName relation = aliases.get(tokens.get(i).text);
                if (relation != null) {
                    reads.get(relation).add(tokens.get(i + 2).text);
                }
                i += 2;
            }
        }
        return reads;
    }

    private static boolean isIdent(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).type == Type.IDENT;
    }

    private static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '`') {
                StringBuilder ident = new StringBuilder();
                i++;
                while (i < n) {
                    char c = sql.charAt(i);
                    if (c == '`') {
                        if (i + 1 < n && sql.charAt(i + 1) == '`') {
                            ident.append('`');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    ident.append(c);
                    i++;
                }
                tokens.add(new Token(Type.IDENT, ident.toString()));
            } else if (ch == '\'' || ch == '"') {
                i++;
                while (i < n) {
                    char c = sql.charAt(i);
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (c == ch) {
                        if (i + 1 < n && sql.charAt(i + 1) == ch) {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                tokens.add(new Token(Type.OTHER, "'"));
            } else if (ch == '.') {
                tokens.add(new Token(Type.DOT, "."));
                i++;
            } else if (Character.isWhitespace(ch)) {
                i++;
            } else if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Type.WORD, sql.substring(start, i)));
            } else {
                tokens.add(new Token(Type.OTHER, String.valueOf(ch)));
                i++;
            }
        }
        return tokens;
    }
}
