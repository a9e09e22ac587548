package dev.phaseshift.estate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.phaseshift.schema.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code phaseshift.yaml} ({@code format: phaseshift/estate@1}) strictly: unknown keys, a wrong format,
 * duplicate services and literal passwords are errors naming the file, line and column.
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
                    return bean.getBeanClass() == ServiceForm.class
                            ? new LineRecordingDeserializer(deserializer) : deserializer;
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
        List<ServiceDefinition> services = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ServiceForm s : form.services == null ? List.<ServiceForm>of() : form.services) {
            String at = origin + ":" + s.line;
            if (s.name == null || s.name.isBlank()) {
                throw new EstateFormatException(at + ": a service needs a \"name\"");
            }
            if (!seen.add(s.name)) {
                throw new EstateFormatException(at + ": duplicate service \"" + s.name + "\"");
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
        return new EstateDefinition(form.name, form.description, services);
    }

    private static String where(String origin, JsonLocation at) {
        return at == null ? origin : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** The file's shape as Jackson reads it; validated and turned into records above. */
    static final class FileForm {
        @JsonProperty public String format;
        @JsonProperty public String name;
        @JsonProperty public String description;
        @JsonProperty public List<ServiceForm> services;
    }

    static final class ServiceForm {
        @JsonProperty public String name;
        @JsonProperty public String team;
        @JsonProperty public String engine;
        @JsonProperty public String database;
        @JsonProperty public String url;
        @JsonProperty public String user;
        @JsonProperty public String password;
        @JsonProperty public List<String> schemas;
        @JsonProperty public String snapshot;
        int line;
    }

    /** Remembers the line on which each service starts, for messages about it. */
    private static final class LineRecordingDeserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        LineRecordingDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new LineRecordingDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentLocation().getLineNr();
            Object value = super.deserialize(p, ctxt);
            if (value instanceof ServiceForm service) {
                service.line = line;
            }
            return value;
        }
    }
}
