namespace StepFlow.Asl.Validation;

/// <summary>The two values of <c>QueryLanguage</c>.</summary>
public static class QueryLanguages
{
    public const string JsonPath = "JSONPath";
    public const string Jsonata = "JSONata";
}
