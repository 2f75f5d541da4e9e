using System.Collections.Generic;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>What an intrinsic argument is, as far as syntax tells.</summary>
public enum IntrinsicArgumentKind
{
    String,
    Number,
    Boolean,
    Null,
    Path,
    Call,
}

/// <summary>One parsed argument; <see cref="Text"/> is the decoded string literal, number text or path.</summary>
public sealed record IntrinsicArgument(IntrinsicArgumentKind Kind, string Text, IntrinsicCall? Call);

/// <summary>A parsed <c>States.Name(arg, ...)</c> call.</summary>
public sealed record IntrinsicCall(string Name, IReadOnlyList<IntrinsicArgument> Arguments, int Depth);
