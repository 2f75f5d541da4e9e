using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>Why a <c>{% %}</c> body does not parse: the JSONata code and message, and the text at fault in the body.</summary>
public readonly record struct JsonataSyntaxError(string Code, string Message, SourceSpan Span);
