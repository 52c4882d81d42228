package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Binds a descriptor's YAML to its records ({@link ProfileSpec}, a {@link TableSpec} per table by its
 * {@code layout}) and says what went wrong in the descriptor's words: the field and what was expected, never a Java
 * class name. An unknown field, an unknown word of an option ({@link Words}) or an unknown layout is reported at its
 * path and the reading goes on, so that every such problem is listed at once with those the checks find; any other
 * mismatch (a text where a number stands) ends the binding with its one problem.
 */
final class ProfileBinding {

    /** The mapper of descriptors: strict (no duplicate keys, no coercion, no unknown fields), options by word. */
    static final ObjectMapper YAML = JsonMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(Words.module())
            .build();

    private ProfileBinding() {}

    /**
     * @param problems where the problems of the binding are reported
     * @return a reader of descriptors reporting the problems it can read past
     */
    static ObjectReader reader(Problems problems) {
        return YAML.readerFor(ProfileSpec.class).withHandler(new Handler(problems));
    }

    /** Reports the problems the binding can read past at their paths; the value read is then absent (null). */
    private static final class Handler extends DeserializationProblemHandler {

        private final Problems problems;

        Handler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName)
                throws IOException {
            java.util.Set<String> known = new java.util.HashSet<>();
            deserializer.getKnownPropertyNames().forEach(n -> known.add(String.valueOf(n)));
            problems.at(
                    owner(path(p), propertyName, known),
                    "unknown field '" + propertyName + "'; expected one of "
                            + new TreeSet<>(deserializer.getKnownPropertyNames().stream()
                                    .map(String::valueOf)
                                    .toList()));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
            problems.at(path(ctxt.getParser()), failureMsg);
            return null;
        }

        @Override
        public JavaType handleUnknownTypeId(
                DeserializationContext ctxt,
                JavaType baseType,
                String subTypeId,
                TypeIdResolver idResolver,
                String failureMsg) {
            String path = path(ctxt.getParser());
            problems.at(
                    path.endsWith("layout") ? path : path + ".layout",
                    "unknown layout '" + subTypeId + "'; expected " + Words.oneOf(TableSpec.layouts()));
            return ctxt.constructType(TableSpec.Unread.class);
        }

        @Override
        public JavaType handleMissingTypeId(
                DeserializationContext ctxt, JavaType baseType, TypeIdResolver idResolver, String failureMsg) {
            problems.at(path(ctxt.getParser()), "missing: the table's layout, " + Words.oneOf(TableSpec.layouts()));
            return ctxt.constructType(TableSpec.Unread.class);
        }

        /**
         * The path of an unknown field. The parser may stand past it (Jackson buffers the fields of a record and of
         * a table read before its {@code layout}): the object holding it is the one above the deepest field of the path
         * that the object's type knows.
         */
        private static String owner(String path, String propertyName, java.util.Set<String> known) {
            if (path.equals(propertyName) || path.endsWith("." + propertyName)) {
                return path;
            }
            String at = path;
            String object = path;
            while (!at.isEmpty()) {
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                String last = at.substring(cut + 1);
                if (at.charAt(Math.max(cut, 0)) != '[' && known.contains(last)) {
                    object = Problems.parent(at);
                    break;
                }
                at = Problems.parent(at);
            }
            return object.isEmpty() ? propertyName : object + "." + propertyName;
        }

        private static String path(JsonParser p) {
            return YamlPositions.toPath(p.getParsingContext().pathAsPointer().toString());
        }
    }

    /**
     * Reports a binding that failed, at its path.
     *
     * @param e the failure
     * @param problems where it is reported
     * @param merged whether the tree was merged from two files ({@code extends}): then only its path says where
     */
    static void failed(JsonMappingException e, Problems problems, boolean merged) {
        String path = pathOf(e);
        if (merged) {
            problems.at(path, message(e));
        } else {
            problems.atExactly(path, e.getLocation(), message(e));
        }
    }

    /**
     * @param e the YAML parser's failure
     * @param problems where it is reported
     */
    static void malformed(JsonProcessingException e, Problems problems) {
        problems.located(e.getLocation(), "", "malformed YAML: " + excerpt(e.getOriginalMessage()));
    }

    /** A mapping error in the profile's words: the field and what was expected, no Java class names. */
    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; expected one of "
                    + new TreeSet<>(u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .toList());
        }
        if (e instanceof InvalidNullException) {
            return "missing: a value is required here (found null)";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType()) + " here";
        }
        return excerpt(e.getOriginalMessage()).replaceAll("org\\.budgetdisclosure\\.[\\w.$]+", "a field");
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String excerpt(String message) {
        String first = message == null ? "" : message.split("\n")[0];
        return first.length() <= 200 ? first : first.substring(0, 200) + "…";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
