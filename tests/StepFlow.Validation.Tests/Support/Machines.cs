namespace StepFlow.Validation.Tests.Support;

/// <summary>Compact builders for test definitions: a machine starting at state A around the given states.</summary>
public static class Machines
{
    public const string EndA = "\"A\": {\"Type\": \"Pass\", \"End\": true}";

    public static string JsonPath(string states, string top = "") => "{" + top + "\"StartAt\": \"A\", \"States\": {" + states + "}}";

    public static string Jsonata(string states) => JsonPath(states, "\"QueryLanguage\": \"JSONata\", ");

    /// <summary>A Task A with the given extra fields, ending the machine.</summary>
    public static string Task(string fields) => JsonPath("\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", " + fields + " \"End\": true}");

    public static string JsonataTask(string fields) => Jsonata("\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", " + fields + " \"End\": true}");

    /// <summary>A Pass A whose Parameters are the given template.</summary>
    public static string Parameters(string template) => JsonPath("\"A\": {\"Type\": \"Pass\", \"Parameters\": " + template + ", \"End\": true}");

    /// <summary>A Map A with the given fields and a one-state processor with the given ProcessorConfig.</summary>
    public static string Map(string fields, string config = "{}")
        => JsonPath("\"A\": {\"Type\": \"Map\", " + fields + " \"ItemProcessor\": {\"ProcessorConfig\": " + config + ", \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}");

    /// <summary>A Choice A with the given rule JSON, going to B; B ends.</summary>
    public static string Choice(string rule, bool jsonata = false)
    {
        var states = "\"A\": {\"Type\": \"Choice\", \"Choices\": [" + rule + "], \"Default\": \"B\"}, \"B\": {\"Type\": \"Succeed\"}";
        return jsonata ? Jsonata(states) : JsonPath(states);
    }
}
