using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.States;

namespace StepFlow.Local.Definition;

/// <summary>Parses <c>Retry</c> and <c>Catch</c> arrays.</summary>
internal static class ErrorHandlingParser
{
    public static IReadOnlyList<Retrier> Retriers(JsonFields state)
    {
        var list = new List<Retrier>();
        var items = state.Array("Retry");
        for (var i = 0; i < items.Count; i++)
        {
            var fields = Entry(items[i], state.At("Retry") + "/" + i);
            var jitter = fields.String("JitterStrategy") ?? "NONE";
            if (jitter != "FULL" && jitter != "NONE")
            {
                throw JsonFields.Error("JitterStrategy must be FULL or NONE", fields.At("JitterStrategy"));
            }

            var backoff = fields.Number("BackoffRate") ?? 2.0;
            if (backoff < 1.0)
            {
                throw JsonFields.Error("BackoffRate must be at least 1.0", fields.At("BackoffRate"));
            }

            list.Add(new Retrier
            {
                ErrorEquals = ErrorEquals(fields),
                IntervalSeconds = (int)(fields.Integer("IntervalSeconds") ?? 1),
                MaxAttempts = (int)(fields.Integer("MaxAttempts") ?? 3),
                BackoffRate = backoff,
                MaxDelaySeconds = (int?)fields.Integer("MaxDelaySeconds"),
                FullJitter = jitter == "FULL",
            });
        }

        return list;
    }

    public static IReadOnlyList<Catcher> Catchers(JsonFields state, bool jsonata)
    {
        var list = new List<Catcher>();
        var items = state.Array("Catch");
        for (var i = 0; i < items.Count; i++)
        {
            var fields = Entry(items[i], state.At("Catch") + "/" + i);
            list.Add(new Catcher
            {
                ErrorEquals = ErrorEquals(fields),
                Next = fields.RequiredString("Next"),
                ResultPath = jsonata ? PathField.Absent : fields.PathField("ResultPath", reference: true),
                Output = jsonata && fields.Has("Output") ? new JsonataTemplate(fields.Raw("Output"), "Output") : null,
                Assign = DataFlowParser.Assign(fields, jsonata),
            });
        }

        return list;
    }

    private static JsonFields Entry(JsonNode? node, string location) =>
        node is JsonObject obj ? new JsonFields(obj, location) : throw JsonFields.Error("Expected an OBJECT", location);

    private static IReadOnlyList<string> ErrorEquals(JsonFields fields)
    {
        var names = fields.StringArray("ErrorEquals");
        return names.Count > 0 ? names : throw JsonFields.Error("These fields are required: [ErrorEquals]", fields.Location);
    }
}
