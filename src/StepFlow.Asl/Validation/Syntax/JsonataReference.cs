using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>A name an expression uses (a function, a variable, a $states field, an input field) and where, in the body.</summary>
public readonly record struct JsonataReference(string Name, SourceSpan Span);
