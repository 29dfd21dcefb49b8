package main

import (
	"context"
	"fmt"
	"os"

	"github.com/docpipe/docpipe/internal/nereval"
)

func main() {
	d, err := nereval.DocumentText(context.Background(), os.Args[1], nereval.TextPipeline, nereval.Doc{})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Text)
}
