package org.onecard.attacks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.testing.Contract;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The HTTP operations of the committed contract (openapi/openapi.yaml), with request bodies made
 * from their schemas, so a new endpoint is attacked as soon as it is in the contract.
 */
final class ContractOperations {

    /** A text field's value, or a number field's, as a request maker chooses it. */
    interface Values {
        Object text(String field, Integer maxLength);

        default Object integer(String field, Map<String, Object> schema) {
            Number minimum = (Number) schema.get("minimum");
            return minimum != null && minimum.longValue() > 1 ? minimum : 1;
        }
    }

    record Parameter(String name, String in, Map<String, Object> schema, boolean required) {
        boolean isText() {
            return "string".equals(type(schema)) && !schema.containsKey("enum") && !schema.containsKey("format");
        }
    }

    record Operation(String method, String path, List<Parameter> parameters, Map<String, Object> jsonBody,
                     boolean multipart) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        boolean isCardholders() {
            return path.startsWith("/api/h5/");
        }
    }

    private final Map<String, Object> schemas;
    final List<Operation> operations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    ContractOperations() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50_000_000);
        Map<String, Object> doc = new Yaml(options).load(Contract.read("openapi.yaml"));
        schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, item) -> item.forEach((method, o) -> {
            // the gateways' notifications answer in each gateway's own format: NotificationAttackTests
            if (!(o instanceof Map<?, ?>) || !List.of("get", "post", "put", "patch", "delete").contains(method)
                    || path.startsWith("/pay/notify/")) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) o;
            List<Parameter> parameters = new ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) op.getOrDefault("parameters", List.of())) {
                parameters.add(new Parameter((String) p.get("name"), (String) p.get("in"),
                        resolve((Map<String, Object>) p.get("schema")), Boolean.TRUE.equals(p.get("required"))));
            }
            Map<String, Object> content = op.get("requestBody") instanceof Map<?, ?> rb
                    ? (Map<String, Object>) rb.get("content") : Map.of();
            Map<String, Object> json = content.get("application/json") instanceof Map<?, ?> j
                    ? resolve((Map<String, Object>) j.get("schema")) : null;
            operations.add(new Operation(method, path, parameters, json, content.containsKey("multipart/form-data")));
        }));
    }

    List<Operation> writesWithJson() {
        return operations.stream().filter(o -> o.jsonBody() != null && !o.method().equals("get")).toList();
    }

    List<Operation> reads() {
        return operations.stream().filter(o -> o.method().equals("get")).toList();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> s = schema == null ? Map.of() : schema;
        while (s.containsKey("$ref")) {
            String ref = (String) s.get("$ref");
            s = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String any : List.of("oneOf", "anyOf", "allOf")) {
            if (s.get(any) instanceof List<?> choices && !choices.isEmpty()) {
                return resolve((Map<String, Object>) choices.get(0));
            }
        }
        return s;
    }

    static String type(Map<String, Object> schema) {
        Object t = schema.get("type");
        if (t instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(x -> !x.equals("null")).findFirst().orElse(null);
        }
        return (String) t;
    }

    /** The text fields of a body schema, nested ones as {@code a.b}. */
    @SuppressWarnings("unchecked")
    List<String> textFields(Map<String, Object> schema, String prefix) {
        List<String> fields = new ArrayList<>();
        Map<String, Object> s = resolve(schema);
        ((Map<String, Object>) s.getOrDefault("properties", Map.of())).forEach((name, p) -> {
            Map<String, Object> ps = resolve((Map<String, Object>) p);
            String type = type(ps);
            if ("string".equals(type) && !ps.containsKey("enum") && !ps.containsKey("format")) {
                fields.add(prefix + name);
            } else if ("object".equals(type)) {
                fields.addAll(textFields(ps, prefix + name + "."));
            } else if ("array".equals(type)) {
                fields.addAll(textFields((Map<String, Object>) ps.get("items"), prefix + name + "[]."));
            }
        });
        return fields;
    }

    /** A value for the schema: every property filled, text as {@code values} says, the rest plausible. */
    @SuppressWarnings("unchecked")
    Object sample(Map<String, Object> schema, String field, Values values) {
        Map<String, Object> s = resolve(schema);
        if (s.get("enum") instanceof List<?> choices && !choices.isEmpty()) {
            return choices.get(0);
        }
        String type = type(s);
        if (type == null && s.containsKey("properties")) {
            type = "object";
        }
        if (type == null) {
            return null;
        }
        switch (type) {
            case "string":
                return string(s, field, values);
            case "integer":
                return values.integer(field, s);
            case "number":
                return 1;
            case "boolean":
                return false;
            case "array":
                List<Object> one = new ArrayList<>();
                one.add(sample((Map<String, Object>) s.get("items"), field, values));
                return one;
            default:
                Map<String, Object> object = new LinkedHashMap<>();
                ((Map<String, Object>) s.getOrDefault("properties", Map.of()))
                        .forEach((name, p) -> object.put(name, sample((Map<String, Object>) p, name, values)));
                return object;
        }
    }

    private static Object string(Map<String, Object> s, String field, Values values) {
        String format = (String) s.get("format");
        if ("date".equals(format)) {
            return LocalDate.now().toString();
        }
        if ("date-time".equals(format)) {
            return OffsetDateTime.now().withNano(0).toString();
        }
        if (format != null) {
            return "1";
        }
        if (field.toLowerCase().contains("month")) {
            return YearMonth.now().toString();
        }
        return values.text(field, (Integer) s.get("maxLength"));
    }
}
