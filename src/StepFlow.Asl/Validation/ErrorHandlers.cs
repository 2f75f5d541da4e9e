using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>The retriers and catchers of every state, with where they sit.</summary>
public static class ErrorHandlers
{
    /// <summary>One retrier or catcher object.</summary>
    public readonly record struct Handler(StateNode State, string Field, int Index, AslObject Body, bool IsLast)
    {
        /// <summary>Built on demand: rules need it only when they report.</summary>
        public string Path => State.Path + "." + Field + "[" + Index + "]";
    }

    /// <summary>
    /// The retriers (<paramref name="field"/> "Retry") or catchers ("Catch") of every state, in state order, enumerated
    /// without allocating: five rules walk them on every keystroke.
    /// </summary>
    public static HandlerList All(AslValidationContext context, string field) => new(context.AllStates(), field);

    public readonly struct HandlerList
    {
        private readonly IReadOnlyList<StateNode> _states;
        private readonly string _field;

        internal HandlerList(IReadOnlyList<StateNode> states, string field)
        {
            _states = states;
            _field = field;
        }

        public Enumerator GetEnumerator() => new(_states, _field);
    }

    public struct Enumerator
    {
        private readonly IReadOnlyList<StateNode> _states;
        private readonly string _field;
        private int _state;
        private AslArray? _items;
        private int _index;

        internal Enumerator(IReadOnlyList<StateNode> states, string field)
        {
            _states = states;
            _field = field;
            _state = -1;
            _items = null;
            _index = -1;
            Current = default;
        }

        public Handler Current { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                while (_items is not null && ++_index < _items.Items.Count)
                {
                    if (_items.Items[_index] is AslObject body)
                    {
                        Current = new Handler(_states[_state], _field, _index, body, _index == _items.Items.Count - 1);
                        return true;
                    }
                }

                if (++_state >= _states.Count)
                {
                    return false;
                }

                _items = _states[_state].Body.GetArray(_field);
                _index = -1;
            }
        }
    }
}
