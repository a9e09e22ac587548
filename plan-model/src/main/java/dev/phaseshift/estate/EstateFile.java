package dev.phaseshift.estate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.phaseshift.schema.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parses {@code phaseshift.yaml} ({@code format: phaseshift/estate@1}) strictly: unknown keys, a wrong format,
 * duplicate services, consumer versions or decisions, malformed names and literal passwords are errors naming
 * the file, line and column. Whether the names exist in the snapshots is {@link EstateCheck}'s business: that
 * needs the snapshots, and its findings are problems, not errors.
 */
public final class EstateFile {
    public static final String FORMAT = "phaseshift/estate@1";
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{(env:[A-Za-z_][A-Za-z0-9_]*|prompt)}");

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                              JsonDeserializer<?> deserializer) {
                    return Positioned.class.isAssignableFrom(bean.getBeanClass())
                            ? new PositionRecordingDeserializer(deserializer) : deserializer;
                }
            }))
            .build();

    private EstateFile() {
    }

    /** Reads an estate definition; {@code origin} names the file or resource in messages. */
    public static EstateDefinition read(InputStream in, String origin) throws EstateFormatException {
        FileForm form;
        try {
            form = YAML.readValue(in, FileForm.class);
        } catch (UnrecognizedPropertyException e) {
            Set<String> known = new TreeSet<>();
            e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            throw new EstateFormatException(where(origin, e.getLocation()) + ": unknown key \"" + e.getPropertyName()
                    + "\" (known here: " + String.join(", ", known) + ")", e);
        } catch (JsonProcessingException e) {
            throw new EstateFormatException(where(origin, e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new EstateFormatException(origin + ": cannot read: " + e.getMessage(), e);
        }
        if (form == null) {
            throw new EstateFormatException(origin + ": empty estate file");
        }
        if (!FORMAT.equals(form.format)) {
            throw new EstateFormatException(origin + ": unsupported estate format "
                    + (form.format == null ? "(missing \"format\")" : "\"" + form.format + "\"")
                    + ", expected \"" + FORMAT + "\"");
        }
        if (form.name == null || form.name.isBlank()) {
            throw new EstateFormatException(origin + ": the estate needs a \"name\"");
        }
        return new EstateDefinition(form.name, form.description, services(form, origin),
                references(form, origin), consumers(form, origin), decisions(form, origin), lint(form, origin), origin);
    }

    private static List<ServiceDefinition> services(FileForm form, String origin) throws EstateFormatException {
        List<ServiceDefinition> services = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ServiceForm s : nonNull(form.services)) {
            String at = origin + ":" + s.line;
            if (s.name == null || s.name.isBlank()) {
                throw new EstateFormatException(at + ": a service needs a \"name\"");
            }
            if (!seen.add(s.name)) {
                throw new EstateFormatException(at + ": duplicate service \"" + s.name + "\"");
            }
            if (s.name.contains(".")) {
                throw new EstateFormatException(at + ": service name \"" + s.name + "\" contains a dot; "
                        + "names such as service.schema.table.column would be ambiguous");
            }
            if (s.engine == null) {
                throw new EstateFormatException(at + ": service \"" + s.name + "\" needs an \"engine\" (postgresql or mysql)");
            }
            Engine engine;
            try {
                engine = Engine.fromId(s.engine);
            } catch (IllegalArgumentException e) {
                throw new EstateFormatException(at + ": service \"" + s.name + "\": " + e.getMessage());
            }
            if (s.password != null && !SECRET_REFERENCE.matcher(s.password).matches()) {
                throw new EstateFormatException(at + ": service \"" + s.name + "\" has a literal password; "
                        + "write a reference instead: password: ${env:VARIABLE} or password: ${prompt}");
            }
            services.add(new ServiceDefinition(s.name, s.team, engine, s.database, s.url, s.user, s.password,
                    s.schemas, s.snapshot));
        }
        return services;
    }

    private static List<DeclaredReference> references(FileForm form, String origin) throws EstateFormatException {
        List<DeclaredReference> references = new ArrayList<>();
        for (ReferenceForm r : nonNull(form.references)) {
            if (r.from == null || r.to == null) {
                throw new EstateFormatException(r.at(origin) + ": a reference needs \"from\" and \"to\" columns");
            }
            QualifiedName from = column(r.from, "from", origin);
            QualifiedName to = column(r.to, "to", origin);
            references.add(new DeclaredReference(new ReferencePair(from, to), r.note, r.location(origin),
                    r.from.location(origin), r.to.location(origin)));
        }
        return references;
    }

    private static List<ConsumerContract> consumers(FileForm form, String origin) throws EstateFormatException {
        List<ConsumerContract> consumers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerForm c : nonNull(form.consumers)) {
            if (c.service == null || c.service.text.isBlank() || c.version == null || c.version.text.isBlank()) {
                throw new EstateFormatException(c.at(origin) + ": a consumer contract needs a \"service\" and a \"version\"");
            }
            if (!seen.add(c.service.text + "\n" + c.version.text)) {
                throw new EstateFormatException(c.at(origin) + ": duplicate consumer contract \"" + c.service.text
                        + " " + c.version.text + "\"");
            }
            if (nonNull(c.reads).isEmpty() && nonNull(c.writes).isEmpty()) {
                throw new EstateFormatException(c.at(origin) + ": consumer contract \"" + c.service.text + " "
                        + c.version.text + "\" lists neither \"reads\" nor \"writes\"");
            }
            consumers.add(new ConsumerContract(c.service.text, c.version.text, c.description,
                    accesses(c.reads, origin), accesses(c.writes, origin), c.location(origin),
                    deployedCheck(c, origin)));
        }
        return consumers;
    }

    private static DeploymentCheck deployedCheck(ConsumerForm c, String origin) throws EstateFormatException {
        CheckForm f = c.deployedCheck;
        if (f == null) {
            return null;
        }
        boolean query = f.query != null && !f.query.isBlank();
        boolean command = f.command != null && !f.command.isBlank();
        if (query == command || (query && (f.service == null || f.service.isBlank()))) {
            throw new EstateFormatException(c.at(origin) + ": \"deployed_check\" of consumer contract \""
                    + c.service.text + " " + c.version.text + "\" needs either \"service\" and \"query\", or \"command\"");
        }
        return new DeploymentCheck(query ? f.service : null, query ? f.query : null, command ? f.command : null);
    }

    private static List<TableAccess> accesses(List<AccessForm> forms, String origin) throws EstateFormatException {
        List<TableAccess> accesses = new ArrayList<>();
        for (AccessForm a : nonNull(forms)) {
            if (a.table == null) {
                throw new EstateFormatException(a.at(origin) + ": an access needs a \"table\" (service.schema.table)");
            }
            if (a.via == null) {
                throw new EstateFormatException(a.at(origin) + ": access to \"" + a.table.text + "\" needs \"via\": "
                        + Channel.choices());
            }
            QualifiedName relation = parse(a.table, origin);
            if (relation.depth() != 3) {
                throw new EstateFormatException(a.table.at(origin) + ": \"" + a.table.text
                        + "\" names no table: write service.schema.table");
            }
            Channel via = Channel.fromId(a.via.text).orElseThrow(() -> new EstateFormatException(a.via.at(origin)
                    + ": unknown channel \"" + a.via.text + "\": expected " + Channel.choices()));
            List<String> columns = new ArrayList<>();
            List<SourceLocation> locations = new ArrayList<>();
            for (Located column : nonNull(a.columns)) {
                if (column == null || column.text.isBlank()) {
                    throw new EstateFormatException(a.at(origin) + ": an empty column name in \"columns\"");
                }
                if (columns.contains(column.text)) {
                    throw new EstateFormatException(column.at(origin) + ": column \"" + column.text + "\" is listed twice");
                }
                columns.add(column.text);
                locations.add(column.location(origin));
            }
            accesses.add(new TableAccess(relation, columns, via, a.table.location(origin), locations));
        }
        return accesses;
    }

    private static List<ReferenceDecision> decisions(FileForm form, String origin) throws EstateFormatException {
        List<ReferenceDecision> decisions = new ArrayList<>();
        Set<ReferencePair> seen = new HashSet<>();
        for (DecisionForm d : nonNull(form.decisions)) {
            if ((d.accept == null) == (d.reject == null)) {
                throw new EstateFormatException(d.at(origin) + ": a decision is either \"accept: FROM -> TO\" "
                        + "or \"reject: FROM -> TO\"");
            }
            Located text = d.accept != null ? d.accept : d.reject;
            ReferencePair pair;
            try {
                pair = ReferencePair.parse(text.text);
            } catch (IllegalArgumentException e) {
                throw new EstateFormatException(text.at(origin) + ": " + e.getMessage(), e);
            }
            if (!seen.add(pair)) {
                throw new EstateFormatException(text.at(origin) + ": a second decision on \"" + pair + "\"");
            }
            decisions.add(new ReferenceDecision(pair, d.accept != null ? Verdict.ACCEPT : Verdict.REJECT,
                    text.location(origin)));
        }
        return decisions;
    }

    private static List<LintSetting> lint(FileForm form, String origin) throws EstateFormatException {
        List<LintSetting> settings = new ArrayList<>();
        for (Map.Entry<String, Located> e : (form.lint == null ? Map.<String, Located>of() : form.lint).entrySet()) {
            Located level = e.getValue();
            if (level == null || !LintSetting.LEVELS.contains(level.text)) {
                throw new EstateFormatException((level == null ? origin : level.at(origin)) + ": lint level of \""
                        + e.getKey() + "\" must be one of " + String.join(", ", LintSetting.LEVELS));
            }
            settings.add(new LintSetting(e.getKey(), level.text, level.location(origin)));
        }
        return settings;
    }

    private static QualifiedName column(Located text, String side, String origin) throws EstateFormatException {
        try {
            return ReferencePair.column(text.text, side);
        } catch (IllegalArgumentException e) {
            throw new EstateFormatException(text.at(origin) + ": " + e.getMessage(), e);
        }
    }

    private static QualifiedName parse(Located text, String origin) throws EstateFormatException {
        try {
            return QualifiedName.parse(text.text);
        } catch (IllegalArgumentException e) {
            throw new EstateFormatException(text.at(origin) + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String where(String origin, JsonLocation at) {
        return at == null ? origin : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** A form that remembers where in the file it starts, for messages about it. */
    abstract static class Positioned {
        int line;
        int column;

        String at(String origin) {
            return location(origin).toString();
        }

        SourceLocation location(String origin) {
            return new SourceLocation(origin, line, column);
        }
    }

    /** The file's shape as Jackson reads it; validated and turned into records above. */
    static final class FileForm {
        @JsonProperty public String format;
        @JsonProperty public String name;
        @JsonProperty public String description;
        @JsonProperty public List<ServiceForm> services;
        @JsonProperty public List<ReferenceForm> references;
        @JsonProperty public List<ConsumerForm> consumers;
        @JsonProperty public List<DecisionForm> decisions;
        /** Rule id to level; a LinkedHashMap keeps the file's order for messages. */
        @JsonProperty public java.util.LinkedHashMap<String, Located> lint;
    }

    static final class ServiceForm extends Positioned {
        @JsonProperty public String name;
        @JsonProperty public String team;
        @JsonProperty public String engine;
        @JsonProperty public String database;
        @JsonProperty public String url;
        @JsonProperty public String user;
        @JsonProperty public String password;
        @JsonProperty public List<String> schemas;
        @JsonProperty public String snapshot;
    }

    static final class ReferenceForm extends Positioned {
        @JsonProperty public Located from;
        @JsonProperty public Located to;
        @JsonProperty public String note;
    }

    static final class ConsumerForm extends Positioned {
        @JsonProperty public Located service;
        @JsonProperty public Located version;
        @JsonProperty public String description;
        @JsonProperty public List<AccessForm> reads;
        @JsonProperty public List<AccessForm> writes;
        @JsonProperty("deployed_check") public CheckForm deployedCheck;
    }

    static final class CheckForm {
        @JsonProperty public String service;
        @JsonProperty public String query;
        @JsonProperty public String command;
    }

    static final class AccessForm extends Positioned {
        @JsonProperty public Located table;
        @JsonProperty public List<Located> columns;
        @JsonProperty public Located via;
        @JsonProperty public String note;
    }

    static final class DecisionForm extends Positioned {
        @JsonProperty public Located accept;
        @JsonProperty public Located reject;
    }

    /** A scalar and where it is written, so a message about a name points at the name. */
    @JsonDeserialize(using = LocatedDeserializer.class)
    static final class Located extends Positioned {
        final String text;

        Located(String text, int line, int column) {
            this.text = text;
            this.line = line;
            this.column = column;
        }
    }

    private static final class LocatedDeserializer extends StdDeserializer<Located> {
        private static final long serialVersionUID = 1L;

        LocatedDeserializer() {
            super(Located.class);
        }

        @Override
        public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == null || !token.isScalarValue()) {
                return (Located) ctxt.handleUnexpectedToken(Located.class, p);
            }
            JsonLocation at = p.currentTokenLocation();
            return new Located(p.getText(), at.getLineNr(), at.getColumnNr());
        }
    }

    /** Remembers the line and column on which each form starts. */
    private static final class PositionRecordingDeserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        PositionRecordingDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new PositionRecordingDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentLocation();
            Object value = super.deserialize(p, ctxt);
            if (value instanceof Positioned positioned) {
                positioned.line = at.getLineNr();
                positioned.column = at.getColumnNr();
            }
            return value;
        }
    }
}
