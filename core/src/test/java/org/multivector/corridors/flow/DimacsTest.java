package org.multivector.corridors.flow;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DimacsTest {

    @Test
    void reads_what_it_writes_and_the_optimum_survives_the_round_trip() throws IOException {
        FlowNetwork network = RandomNetworks.network(7, 40, 120, true, false);
        StringWriter text = new StringWriter();
        Dimacs.write(network, text);
        FlowNetwork read = Dimacs.read(new BufferedReader(new StringReader("c a comment\n" + text)));
        assertThat(read.nodeCount()).isEqualTo(network.nodeCount());
        assertThat(read.arcCount()).isEqualTo(network.arcCount());
        assertThat(NetworkSimplex.solve(read).cost())
                .isEqualTo(NetworkSimplex.solve(network).cost());
    }

    @Test
    void names_the_line_of_a_malformed_arc() {
        String text = "p min 2 1\nn 1 5\nn 2 -5\na 1 2 0 x 3\n";
        assertThatThrownBy(() -> Dimacs.read(new BufferedReader(new StringReader(text))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 4");
    }
}
