namespace StepFlow.Paths
{
    /// <summary>The predicate inside <c>[?( )]</c>.</summary>
    public abstract record FilterExpression;

    /// <summary>Comparison operators allowed in filters.</summary>
    public enum FilterOperator
    {
        /// <summary><c>==</c></summary>
        Equal,
        /// <summary><c>!=</c></summary>
        NotEqual,
        /// <summary><c>&lt;</c></summary>
        LessThan,
        /// <summary><c>&lt;=</c></summary>
        LessThanOrEqual,
        /// <summary><c>&gt;</c></summary>
        GreaterThan,
        /// <summary><c>&gt;=</c></summary>
        GreaterThanOrEqual,
    }

    /// <summary><c>left op right</c>.</summary>
    public sealed record ComparisonFilter(FilterOperand Left, FilterOperator Operator, FilterOperand Right) : FilterExpression;

    /// <summary><c>a &amp;&amp; b</c>.</summary>
    public sealed record AndFilter(FilterExpression Left, FilterExpression Right) : FilterExpression;

    /// <summary><c>a || b</c>.</summary>
    public sealed record OrFilter(FilterExpression Left, FilterExpression Right) : FilterExpression;

    /// <summary><c>!a</c>.</summary>
    public sealed record NotFilter(FilterExpression Operand) : FilterExpression;

    /// <summary>A bare operand: true when a path operand exists (or a literal is truthy).</summary>
    public sealed record ExistsFilter(FilterOperand Operand) : FilterExpression;

    /// <summary>A value inside a filter.</summary>
    public abstract record FilterOperand;

    /// <summary><c>@.a.b</c> (current node) or <c>$.x</c> (document root).</summary>
    public sealed record PathOperand(JsonPath Path, bool RelativeToCurrent) : FilterOperand;

    /// <summary>A string, number, boolean or null literal; <see cref="JsonText"/> is its JSON form.</summary>
    public sealed record LiteralOperand(string JsonText) : FilterOperand;

    /// <summary>
    /// An unquoted word (<c>@.status==Failure</c>). Definitions with one load, as AWS creates them, but Jayway's
    /// filter compiler reads a bare word as a number and fails, so evaluating it is an error, not a string compare.
    /// </summary>
    public sealed record UnquotedWordOperand(string Text) : FilterOperand;
}
