using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Rules;

namespace StepFlow.Asl.Validation;

/// <summary>
/// The catchers and Choice rules of a state, which carry an Assign of their own, enumerated without allocating:
/// several rules ask for them for every state on every keystroke.
/// </summary>
public readonly struct AssignOwnerList
{
    private readonly StateNode _state;

    public AssignOwnerList(StateNode state) => _state = state;

    public Enumerator GetEnumerator() => new(_state);

    /// <summary>Walks Catch, then Choices, yielding each object item.</summary>
    public struct Enumerator
    {
        private readonly StateNode _state;
        private AslArray? _items;
        private int _field;
        private int _index;

        internal Enumerator(StateNode state)
        {
            _state = state;
            _items = state.Body.GetArray(PayloadTemplateRule.AssignOwnerFields[0]);
            _field = 0;
            _index = -1;
            Current = default;
        }

        public PayloadTemplateRule.AssignOwner Current { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                while (_items is not null && ++_index < _items.Items.Count)
                {
                    if (_items.Items[_index] is AslObject owner)
                    {
                        Current = new PayloadTemplateRule.AssignOwner(owner, _state, PayloadTemplateRule.AssignOwnerFields[_field], _index);
                        return true;
                    }
                }

                if (++_field >= PayloadTemplateRule.AssignOwnerFields.Length)
                {
                    return false;
                }

                _items = _state.Body.GetArray(PayloadTemplateRule.AssignOwnerFields[_field]);
                _index = -1;
            }
        }
    }
}
