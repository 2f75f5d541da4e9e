namespace StepFlow.Asl.Json;

/// <summary>A JSON array.</summary>
public sealed class AslArray : AslValue
{
    public AslArray(EquatableArray<AslValue> items, SourceSpan span = default) : base(span) => Items = items;

    public EquatableArray<AslValue> Items { get; }

    public override AslValueKind Kind => AslValueKind.Array;

    public override bool Equals(AslValue? other) => other is AslArray a && a.Items.Equals(Items);

    public override int GetHashCode() => Items.GetHashCode();
}
