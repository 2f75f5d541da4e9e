namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// The literal values the shared tokenizer gives true and false, and the value describer the shared error table
/// calls. The validators only parse, so boxed booleans and plain text are all they need.
/// </summary>
internal static class Values
{
    public static readonly object True = true;

    public static readonly object False = false;

    public static string Stringify(object? value, bool pretty, bool forMessage = false) => value?.ToString() ?? "undefined";
}
