using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StepFlow.Visualization.Tests.Support;

/// <summary>
/// Synthesizes a large inline Map execution: each item runs one JSONata Pass state (iteration started, state
/// entered, state exited, iteration succeeded). One item fails with States.QueryEvaluationError, the in-flight
/// siblings are aborted, and the Map's Catcher handles the failure, as AWS records it (asl-reference §7.3).
/// </summary>
internal static class LargeMapHistory
{
    public const int FailingItem = 9_990;
    public const int Concurrency = 10;

    public const string Definition = """
        {
          "Comment": "Prices every order line; one line has no price",
          "QueryLanguage": "JSONata",
          "StartAt": "Price lines",
          "States": {
            "Price lines": {
              "Type": "Map",
              "Items": "{% $states.input.lines %}",
              "MaxConcurrency": 10,
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "INLINE" },
                "StartAt": "Price line",
                "States": {
                  "Price line": { "Type": "Pass", "Output": "{% {'sku': $states.input.sku, 'total': $states.input.qty * $states.input.price} %}", "End": true }
                }
              },
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Report failure" } ],
              "Next": "Done"
            },
            "Report failure": { "Type": "Pass", "Next": "Done" },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    public static string Create(int items, out int eventCount)
    {
        var writer = new HistoryWriter();
        var lines = new StringBuilder("{\"lines\":[");
        for (int i = 0; i < items; i++)
        {
            lines.Append(i == 0 ? "" : ",").Append(Line(i));
        }

        string input = lines.Append("]}").ToString();
        writer.Add("ExecutionStarted", 0, "executionStartedEventDetails", ("input", input));
        long mapEntered = writer.Add("MapStateEntered", 0, "stateEnteredEventDetails", ("name", "Price lines"), ("input", input));
        long previous = writer.Add("MapStateStarted", mapEntered, "mapStateStartedEventDetails", ("length", items));
        long failedState = 0;
        for (int i = 0; i < items; i++)
        {
            long started = writer.Add("MapIterationStarted", previous, "mapIterationStartedEventDetails", ("name", "Price lines"), ("index", i));
            long entered = writer.Add("PassStateEntered", started, "stateEnteredEventDetails", ("name", "Price line"), ("input", Line(i)));
            if (i == FailingItem)
            {
                failedState = writer.Add("EvaluationFailed", entered, "evaluationFailedEventDetails",
                    ("error", "States.QueryEvaluationError"),
                    ("cause", "An error occurred while evaluating the expression <script>window.__pwned=4</script>: $states.input.price is undefined"),
                    ("location", "States['Price line'].Output"),
                    ("state", "Price line"));
                writer.Add("MapIterationFailed", failedState, "mapIterationFailedEventDetails", ("name", "Price lines"), ("index", i));
                previous = failedState;
                continue;
            }

            if (failedState != 0 && i <= FailingItem + Concurrency - 1)
            {
                writer.Add("MapIterationAborted", entered, "mapIterationAbortedEventDetails", ("name", "Price lines"), ("index", i));
                previous = entered;
                continue;
            }

            if (failedState != 0)
            {
                break;
            }

            previous = writer.Add("PassStateExited", entered, "stateExitedEventDetails", ("name", "Price line"), ("output", Priced(i)));
            writer.Add("MapIterationSucceeded", previous, "mapIterationSucceededEventDetails", ("name", "Price lines"), ("index", i));
        }

        const string errorOutput = "{\"Error\":\"States.QueryEvaluationError\",\"Cause\":\"$states.input.price is undefined\"}";
        long mapFailed = writer.Add("MapStateFailed", failedState, null);
        long exited = writer.Add("MapStateExited", mapFailed, "stateExitedEventDetails", ("name", "Price lines"), ("output", errorOutput));
        long report = writer.Add("PassStateEntered", exited, "stateEnteredEventDetails", ("name", "Report failure"), ("input", errorOutput));
        report = writer.Add("PassStateExited", report, "stateExitedEventDetails", ("name", "Report failure"), ("output", errorOutput));
        long done = writer.Add("SucceedStateEntered", report, "stateEnteredEventDetails", ("name", "Done"), ("input", errorOutput));
        done = writer.Add("SucceedStateExited", done, "stateExitedEventDetails", ("name", "Done"), ("output", errorOutput));
        writer.Add("ExecutionSucceeded", done, "executionSucceededEventDetails", ("output", errorOutput));
        eventCount = writer.Count;
        return writer.ToJson();
    }

    private static string Line(int i) =>
        $"{{\"sku\":\"SKU-{i:D5}\",\"qty\":{1 + i % 7},\"price\":{(i % 13 + 0.5).ToString(CultureInfo.InvariantCulture)}}}";

    private static string Priced(int i) =>
        $"{{\"sku\":\"SKU-{i:D5}\",\"total\":{((1 + i % 7) * (i % 13 + 0.5)).ToString(CultureInfo.InvariantCulture)}}}";

    /// <summary>Writes AWS-shaped events with ids, previousEventId links and epoch-second timestamps 1 ms apart.</summary>
    private sealed class HistoryWriter
    {
        private readonly System.IO.MemoryStream _buffer = new();
        private readonly Utf8JsonWriter _json;

        public HistoryWriter()
        {
            _json = new Utf8JsonWriter(_buffer);
            _json.WriteStartObject();
            _json.WriteStartArray("events");
        }

        public int Count { get; private set; }

        public long Add(string type, long previous, string? detailsMember, params (string Name, object Value)[] details)
        {
            long id = ++Count;
            _json.WriteStartObject();
            _json.WriteNumber("timestamp", 1_767_225_600 + id / 1000.0);
            _json.WriteString("type", type);
            _json.WriteNumber("id", id);
            _json.WriteNumber("previousEventId", previous);
            if (detailsMember is not null)
            {
                _json.WriteStartObject(detailsMember);
                foreach ((string name, object value) in details)
                {
                    if (value is int number)
                    {
                        _json.WriteNumber(name, number);
                    }
                    else
                    {
                        _json.WriteString(name, (string)value);
                    }
                }

                _json.WriteEndObject();
            }

            _json.WriteEndObject();
            return id;
        }

        public string ToJson()
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            return Encoding.UTF8.GetString(_buffer.ToArray());
        }
    }
}
