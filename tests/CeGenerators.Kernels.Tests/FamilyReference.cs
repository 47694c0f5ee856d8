namespace CeGenerators.Kernels.Tests;

/// <summary>
/// The cross-entropy family in textbook double precision: loss_i = -sum_k w_k q_ik log p_ik, q = (1 - s) t + s / K,
/// row weight sum_k w_k t_ik (1 without weights), Mean = sum of losses / sum of counted row weights.
/// Gradients are not derived here: the tests take central finite differences of these losses.
/// </summary>
public sealed class FamilyReference
{
    private readonly int _k;
    private readonly LossInput _input;
    private readonly double _smoothing;
    private readonly double _low, _high;

    public FamilyReference(int classes, LossInput input, double smoothing, bool single)
    {
        _k = classes;
        _input = input;
        _smoothing = smoothing;
        _low = single ? 1e-7f : 1e-15;
        _high = single ? 1f - 1e-7f : 1 - 1e-15;
    }

    public bool IsClamped(double p) => _input == LossInput.Probabilities && (p < _low || p > _high);

    public double RowLoss(ReadOnlySpan<double> row, ReadOnlySpan<double> target, ReadOnlySpan<double> weights)
    {
        var logp = new double[_k];
        if (_input == LossInput.Logits)
        {
            double max = double.NegativeInfinity;
            foreach (double v in row)
            {
                max = Math.Max(max, v);
            }

            double sum = 0;
            foreach (double v in row)
            {
                sum += Math.Exp(v - max);
            }

            for (int k = 0; k < _k; k++)
            {
                logp[k] = row[k] - max - Math.Log(sum);
            }
        }
        else
        {
            for (int k = 0; k < _k; k++)
            {
                logp[k] = Math.Log(Math.Clamp(row[k], _low, _high));
            }
        }

        double loss = 0;
        for (int k = 0; k < _k; k++)
        {
            double q = ((1 - _smoothing) * target[k]) + (_smoothing / _k);
            loss -= weights[k] * q * logp[k];
        }

        return loss;
    }

    public static double RowWeight(ReadOnlySpan<double> target, ReadOnlySpan<double> weights)
    {
        double sum = 0;
        for (int k = 0; k < target.Length; k++)
        {
            sum += weights[k] * target[k];
        }

        return sum;
    }
}
