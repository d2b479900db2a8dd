print("carebook")
